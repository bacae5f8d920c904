package it.users;

import jakarta.persistence.*;

@Entity
public class Member {
  @Id
  private Long id;

  private String nickname;
}
